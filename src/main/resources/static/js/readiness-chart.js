// Draws a stacked bar per qualification from the rows of the readiness table named by the
// canvas's data-source: each row carries data-qualified, data-expiring, data-expired and
// data-not-yet counts. The table stays on the page, so nothing is lost without JavaScript.
function drawReadinessCharts(root) {
  if (typeof Chart === 'undefined') {
    return;
  }
  root.querySelectorAll('canvas.readiness-chart:not([data-drawn])').forEach((canvas) => {
    canvas.dataset.drawn = 'true';
    const rows = Array.from(document.querySelectorAll(canvas.dataset.source + ' tr.readiness-row'));
    const series = [
      ['qualified', '#198754'],
      ['expiring', '#ffc107'],
      ['expired', '#dc3545'],
      ['notYet', '#adb5bd'],
    ];
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.dataset.name),
        datasets: series.map(([key, colour]) => ({
          label: canvas.dataset['label' + key.charAt(0).toUpperCase() + key.slice(1)],
          data: rows.map((row) => Number(row.dataset[key])),
          backgroundColor: colour,
        })),
      },
      options: {
        animation: false,
        indexAxis: 'y',
        scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      },
    });
  });
}

document.addEventListener('DOMContentLoaded', () => drawReadinessCharts(document));
