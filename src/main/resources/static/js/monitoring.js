// Draws the monitoring pages' charts from their data-chart attributes (see ChartSpec.java), on load
// and again whenever htmx swaps new content in. A clicked bar with a link opens its drill-down.
(function () {
  var palette = ['#1d4f91', '#8fb3e0', '#0f7b3f', '#a15c00'];

  function option(spec) {
    var line = spec.kind === 'line';
    return {
      color: palette,
      tooltip: {
        trigger: 'axis',
        axisPointer: {type: line ? 'line' : 'shadow'},
        valueFormatter: function (value) {
          return value === null || value === undefined ? '—' : Number(value).toLocaleString() + ' ' + (spec.unit || '');
        },
        formatter: spec.notes ? function (params) {
          return params.map(function (p) {
            var note = spec.notes[p.dataIndex];
            var value = p.value === null || p.value === undefined ? (note || '—') : p.value + (spec.unit || '');
            return p.marker + p.name + ' ' + value;
          }).join('<br>');
        } : undefined
      },
      legend: {top: 0},
      grid: {left: 16, right: 16, top: 36, bottom: 48, containLabel: true},
      xAxis: {type: 'category', data: spec.categories, axisLabel: {interval: 0, rotate: spec.categories.length > 8 && !line ? 30 : 0}},
      yAxis: {type: 'value', name: spec.unit || ''},
      series: spec.series.map(function (s) {
        return {name: s.name, type: spec.kind, data: s.data, smooth: line, connectNulls: false,
          cursor: spec.links ? 'pointer' : 'default'};
      })
    };
  }

  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var elements = root.querySelectorAll ? root.querySelectorAll('[data-chart]') : [];
    Array.prototype.forEach.call(elements, function (element) {
      var spec = JSON.parse(element.getAttribute('data-chart'));
      var chart = echarts.getInstanceByDom(element) || echarts.init(element);
      chart.setOption(option(spec), true);
      chart.off('click');
      if (spec.links) {
        chart.on('click', function (params) {
          var url = spec.links[params.dataIndex];
          if (!url) {
            return;
          }
          if (window.htmx && spec.target && document.querySelector(spec.target)) {
            window.htmx.ajax('GET', url, {target: spec.target, swap: 'innerHTML show:top'});
          } else {
            window.location.href = url;
          }
        });
      }
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
