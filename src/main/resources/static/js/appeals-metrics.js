// Draws the appeals metrics page's bar charts from their data-chart attributes (see
// MetricsCharts.java): rates in percent per department, one series per rate; a missing rate
// (nothing to divide by) is left as a gap.
(function () {
  var palette = ['#1d4f91', '#0f7b3f', '#a15c00', '#7a3e9d', '#b8c7dd', '#b42318'];

  function format(value) {
    return value === null || value === undefined ? '—' : Number(value).toFixed(2) + '%';
  }

  function option(spec) {
    return {
      color: palette,
      title: {text: spec.title, left: 0, textStyle: {fontSize: 14}},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: format},
      legend: {top: 24},
      grid: {left: 16, right: 16, top: 64, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: spec.categories,
              axisLabel: {interval: 0, rotate: spec.categories.length > 4 ? 25 : 0}},
      yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
      series: spec.series.map(function (s) {
        return {name: s.name, type: 'bar', barMaxWidth: 22, data: s.data};
      })
    };
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.metrics-chart[data-chart]'), function (element) {
      var chart = echarts.getInstanceByDom(element) || echarts.init(element);
      chart.setOption(option(JSON.parse(element.getAttribute('data-chart'))), true);
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
  window.addEventListener('resize', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.metrics-chart[data-chart]'), function (element) {
      var chart = window.echarts && echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
