// Draws charts from a canvas's data-series ("label=value;label=value"): a line over time by
// default (labels are ISO times), or bars with data-kind="bar".
function drawTrainingCharts(root) {
  if (typeof Chart === 'undefined') {
    return;
  }
  root.querySelectorAll('canvas.training-chart:not([data-drawn])').forEach((canvas) => {
    canvas.dataset.drawn = 'true';
    const points = (canvas.dataset.series || '').split(';').filter((p) => p.includes('='));
    const bar = canvas.dataset.kind === 'bar';
    const labels = points.map((p) => {
      const label = p.substring(0, p.lastIndexOf('='));
      return bar ? label : new Date(label).toLocaleDateString(document.documentElement.lang);
    });
    const values = points.map((p) => Number(p.substring(p.lastIndexOf('=') + 1)));
    new Chart(canvas, {
      type: bar ? 'bar' : 'line',
      data: { labels, datasets: [{ label: canvas.dataset.label, data: values, tension: 0.2 }] },
      options: {
        animation: false,
        plugins: { legend: { display: false } },
        scales: bar ? { y: { min: 0, max: 100 } } : {},
      },
    });
  });
}

document.addEventListener('DOMContentLoaded', () => drawTrainingCharts(document));
// charts that htmx brings in later (the unit page loads its training summary that way)
document.addEventListener('htmx:afterSettle', (event) => drawTrainingCharts(event.target));
