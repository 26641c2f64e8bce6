/**
 * The browser script behind the dashboard's charts (`/assets/charts.js`): every
 * `<canvas data-chart>` gets the Chart.js bar chart the server described in that attribute.
 * A separate file, so a CSP without inline scripts allows it; the data table beside each
 * chart carries the same numbers for those who cannot see the chart.
 */
export const CHART_SCRIPT = `'use strict';
document.addEventListener('DOMContentLoaded', function () {
  if (typeof window.Chart !== 'function') return;
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: [
          { label: spec.valueLabel, data: spec.values, backgroundColor: '#1f5fa8' },
          { label: spec.targetLabel, data: spec.targets, backgroundColor: '#b45309' }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { min: 0, max: 100 } }
      }
    });
  });
});
`;
