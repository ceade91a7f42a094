// Draws the land-quota and campaign charts from their data-chart attributes (see LandCharts.java):
// mu allocated by month as bars with the project count as a line, and a campaign's share of targets
// met as a gauge.
(function () {
  function months(spec) {
    return {
      color: ['#1d4f91', '#a15c00'],
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 16, right: 24, top: 40, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: spec.categories},
      yAxis: [
        {type: 'value', name: spec.labels.mu},
        {type: 'value', name: spec.labels.projects, minInterval: 1, splitLine: {show: false}}
      ],
      series: [
        {name: spec.labels.mu, type: 'bar', barMaxWidth: 36, data: spec.mu.map(Number),
          label: {show: true, position: 'top', formatter: function (p) { return p.value ? p.value : ''; }}},
        {name: spec.labels.projects, type: 'line', yAxisIndex: 1, data: spec.projects, symbolSize: 8}
      ]
    };
  }

  function gauge(spec) {
    return {
      series: [{
        type: 'gauge',
        min: 0,
        max: 100,
        progress: {show: true, width: 14, itemStyle: {color: '#0f7b3f'}},
        axisLine: {lineStyle: {width: 14}},
        pointer: {show: false},
        axisTick: {show: false},
        splitLine: {show: false},
        axisLabel: {show: false},
        detail: {valueAnimation: true, formatter: '{value}%', fontSize: 26, offsetCenter: [0, '10%']},
        title: {offsetCenter: [0, '45%']},
        data: [{value: Number(spec.mu[0]), name: spec.labels.gauge}]
      }]
    };
  }

  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(root.querySelectorAll('[data-chart]'), function (element) {
      var spec = JSON.parse(element.getAttribute('data-chart'));
      var chart = echarts.getInstanceByDom(element) || echarts.init(element);
      chart.setOption(spec.kind === 'gauge' ? gauge(spec) : months(spec), true);
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  window.addEventListener('resize', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (element) {
      var chart = window.echarts && echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
