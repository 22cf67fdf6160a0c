using System.Globalization;
using DakarCafe.Protocol;
using DakarCafe.Schema.Orders;
using Spectre.Console;

namespace DakarCafe.BaristaBoard;

/// <summary>The board: the orders still to serve, redrawn whenever one arrives or moves.</summary>
internal sealed class Board(IAnsiConsole console)
{
    private static readonly CultureInfo Francs = CultureInfo.GetCultureInfo("fr-SN");

    private static readonly OrderStatus[] Open = [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Processing, OrderStatus.Shipped];

    private readonly Lock _gate = new();

    public void Show(OrderPage? page, ErrorInfo? error)
    {
        lock (_gate)
        {
            if (console.Profile.Capabilities.Interactive)
            {
                console.Clear();
            }

            if (error is not null)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]The orders cannot be read: {error.Code} {error.Message}[/]");
                return;
            }

            var open = (page?.Items ?? []).Where(o => Open.Contains(o.Status)).ToList();
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]DakarCafé barista board[/] — {open.Count} open orders");
            var table = new Table()
                .AddColumn(new TableColumn("Order").NoWrap())
                .AddColumns("Placed (UTC)", "Items", "Total", "Payment")
                .AddColumn(new TableColumn("Status").NoWrap());
            foreach (var order in open)
            {
                table.AddRow(
                    Markup.Escape(order.OrderNumber),
                    order.CreatedAt.ToString("dd/MM HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", order.Items.Select(i => $"{i.Quantity}× {i.Name}"))),
                    string.Create(Francs, $"{order.Total:N0} FCFA"),
                    $"{Payment(order.PaymentMethod)}, {order.PaymentStatus.ToString().ToLowerInvariant()}",
                    $"[{Colour(order.Status)}]{order.Status}[/]");
            }

            console.Write(table);
            console.MarkupLine("[grey]confirm|prepare|deliver <order> · ship <order> <carrier> <tracking> · cancel <order> <reason> · quit[/]");
        }
    }

    private static string Payment(PaymentMethod method) => method switch
    {
        PaymentMethod.CashOnDelivery => "cash",
        PaymentMethod.OrangeMoney => "Orange Money",
        _ => method.ToString(),
    };

    private static string Colour(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "yellow",
        OrderStatus.Confirmed => "blue",
        OrderStatus.Processing => "aqua",
        _ => "green",
    };
}
