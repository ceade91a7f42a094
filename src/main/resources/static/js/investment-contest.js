// Draws the contest page's charts from their data-contest-chart attributes (see
// ContestPageController): criterion points per team (stacked bars) and the total score ranking.
(function () {
  var palette = ['#1d4f91', '#0f7b3f', '#a15c00', '#b8c7dd'];

  function draw(element) {
    var spec = JSON.parse(element.getAttribute('data-contest-chart'));
    var chart = echarts.init(element);
    chart.setOption({
      color: palette,
      tooltip: {trigger: 'axis'},
      legend: {show: spec.series.length > 1, top: 0},
      grid: {left: 48, right: 16, top: spec.series.length > 1 ? 36 : 16, bottom: 40},
      xAxis: {type: 'category', data: spec.categories, axisLabel: {rotate: spec.categories.length > 6 ? 30 : 0}},
      yAxis: {type: 'value'},
      series: spec.series.map(function (s) {
        return {
          name: s.name, type: 'bar', stack: spec.stacked ? 'total' : undefined, barMaxWidth: 48, data: s.data,
          label: {show: !spec.stacked, position: 'top'}
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function init() {
    document.querySelectorAll('[data-contest-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
