// Draws charts from a canvas's data-series ("label=value;label=value"): a line over time by
// default (labels are ISO times), or bars with data-kind="bar".
document.addEventListener('DOMContentLoaded', () => {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.training-chart').forEach((canvas) => {
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
});
