// The dashboard chart: figures come from <script type="application/json" id="turnover-chart-data"> (the CSP allows
// no inline script) and the labels from the canvas' data attributes. The table next to it holds the same figures.
(function () {
    'use strict';
    var canvas = document.getElementById('turnover-chart');
    var source = document.getElementById('turnover-chart-data');
    if (!canvas || !source || !window.Chart) {
        return;
    }
    var data = JSON.parse(source.textContent);
    var money = new Intl.NumberFormat(canvas.dataset.locale, {style: 'currency', currency: data.currency});
    new window.Chart(canvas, {
        data: {
            labels: data.days,
            datasets: [{
                type: 'bar',
                label: canvas.dataset.salesLabel,
                data: data.sales,
                yAxisID: 'count',
                order: 1,
                backgroundColor: '#6ea8fe',
                borderColor: '#0a58ca',
                borderWidth: 1
            }, {
                type: 'line',
                label: canvas.dataset.amountLabel,
                data: data.turnover,
                yAxisID: 'amount',
                // Drawn over the bars.
                order: 0,
                borderColor: '#146c43',
                backgroundColor: '#146c43',
                tension: 0.2
            }]
        },
        options: {
            maintainAspectRatio: false,
            animation: false,
            interaction: {mode: 'index', intersect: false},
            scales: {
                count: {type: 'linear', position: 'left', beginAtZero: true, ticks: {precision: 0},
                    title: {display: true, text: canvas.dataset.salesLabel}},
                amount: {type: 'linear', position: 'right', beginAtZero: true, grid: {drawOnChartArea: false},
                    ticks: {callback: function (value) { return money.format(value); }},
                    title: {display: true, text: canvas.dataset.amountLabel}}
            },
            plugins: {
                tooltip: {callbacks: {label: function (item) {
                    return item.dataset.label + ': ' + (item.dataset.yAxisID === 'amount'
                        ? money.format(item.parsed.y) : item.parsed.y);
                }}}
            }
        }
    });
}());
