// Draws the evaluation result pages' charts from their data-chart attributes (see
// ResultChart.java): grade distributions, score against full weight per indicator, and the
// score across years. Runs on load and again whenever htmx swaps new content in.
(function () {
  var palette = ['#1d4f91', '#b8c7dd', '#0f7b3f', '#a15c00'];

  function format(value) {
    return value === null || value === undefined ? '—' : Number(value).toLocaleString(undefined,
      {minimumFractionDigits: 0, maximumFractionDigits: 2});
  }

  function series(spec, s) {
    var line = spec.kind === 'line';
    return {
      name: s.name,
      type: spec.kind,
      barMaxWidth: 42,
      smooth: false,
      symbolSize: 9,
      connectNulls: false,
      data: s.data.map(function (value, i) {
        var point = {value: value};
        if (s.colors && s.colors[i]) {
          point.itemStyle = {color: s.colors[i]};
        }
        return point;
      }),
      label: {
        show: Boolean(s.labels) || (!line && spec.series.length === 1),
        position: 'top',
        fontWeight: s.labels ? 'bold' : 'normal',
        formatter: function (p) {
          return s.labels ? s.labels[p.dataIndex] + ' ' + format(p.value) : format(p.value);
        }
      }
    };
  }

  function option(spec) {
    var rotate = spec.categories.length > 6 ? 30 : 0;
    return {
      color: palette,
      tooltip: {
        trigger: 'axis',
        axisPointer: {type: spec.kind === 'line' ? 'line' : 'shadow'},
        valueFormatter: function (value) { return format(value) + ' ' + (spec.unit || ''); }
      },
      legend: spec.series.length > 1 ? {top: 0} : {show: false},
      grid: {left: 16, right: 24, top: spec.series.length > 1 ? 40 : 28, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: spec.categories, axisLabel: {interval: 0, rotate: rotate}},
      yAxis: {type: 'value', name: spec.unit || '', minInterval: spec.unit ? 0 : 1},
      series: spec.series.map(function (s) { return series(spec, s); })
    };
  }

  function draw(root) {
    if (typeof echarts === 'undefined' || !root.querySelectorAll) {
      return;
    }
    Array.prototype.forEach.call(root.querySelectorAll('[data-chart]'), function (element) {
      var spec = JSON.parse(element.getAttribute('data-chart'));
      var chart = echarts.getInstanceByDom(element) || echarts.init(element);
      chart.setOption(option(spec), true);
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function () { draw(document); });
  window.addEventListener('resize', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (element) {
      var chart = window.echarts && echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
