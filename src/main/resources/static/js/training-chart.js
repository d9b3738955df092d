// Draws each drill's results over time from the canvas's data-series ("time=value;time=value").
document.addEventListener('DOMContentLoaded', () => {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.training-chart').forEach((canvas) => {
    const points = (canvas.dataset.series || '').split(';').filter((p) => p.includes('='));
    const labels = points.map((p) => new Date(p.split('=')[0]).toLocaleDateString(document.documentElement.lang));
    const values = points.map((p) => Number(p.split('=')[1]));
    new Chart(canvas, {
      type: 'line',
      data: { labels, datasets: [{ label: canvas.dataset.label, data: values, tension: 0.2 }] },
      options: { animation: false, plugins: { legend: { display: false } } },
    });
  });
});
