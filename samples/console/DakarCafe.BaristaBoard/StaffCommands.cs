using System.Globalization;
using DakarCafe.Client;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using Spectre.Console;

namespace DakarCafe.BaristaBoard;

/// <summary>
/// The staff's commands, one per line: <c>confirm 123</c>, <c>prepare 123</c>, <c>ship 123 Yobante YB-2211</c>,
/// <c>deliver 123</c>, <c>cancel 123 out of stock</c>. An order is named by its number or the number's last digits.
/// </summary>
internal sealed class StaffCommands(DakarCafeClient client, IAnsiConsole console)
{
    public static bool IsQuit(string line) => line.Trim() is "quit" or "exit" or "q";

    public async Task RunAsync(string line, IReadOnlyList<Order> orders)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2 || Find(orders, words[1]) is not { } order)
        {
            console.MarkupLine("[red]✘ name an open order: confirm|prepare|ship|deliver|cancel <order> ...[/]");
            return;
        }

        UpdateOrderStatusArgs? change = words[0] switch
        {
            "confirm" => new(order.Id, OrderStatus.Confirmed),
            "prepare" => new(order.Id, OrderStatus.Processing),
            "ship" when words.Length >= 4 => new(order.Id, OrderStatus.Shipped, Carrier: words[2], TrackingNumber: words[3]),
            "deliver" => new(order.Id, OrderStatus.Delivered),
            "cancel" when words.Length >= 3 => new(order.Id, OrderStatus.Cancelled, Reason: string.Join(' ', words[2..])),
            _ => null,
        };
        if (change is null)
        {
            console.MarkupLine("[red]✘ unknown command (ship needs a carrier and a tracking number, cancel a reason)[/]");
            return;
        }

        try
        {
            var updated = await client.MutateAsync(Api.Orders.UpdateOrderStatus, change);
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]✔ {updated.OrderNumber} {updated.Status}[/]");
        }
        catch (DakarCafeException e)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]✘ {e.Code}: {e.Error.Message}[/]");
        }
    }

    private static Order? Find(IReadOnlyList<Order> orders, string name) =>
        orders.FirstOrDefault(o => o.OrderNumber == name) ?? orders.FirstOrDefault(o => o.OrderNumber.EndsWith(name.PadLeft(6, '0'), StringComparison.Ordinal));
}
