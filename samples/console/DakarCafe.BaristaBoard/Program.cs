using System.Globalization;
using DakarCafe.BaristaBoard;
using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using Spectre.Console;

var settings = BoardSettings.From(args);
using var signIn = new PasswordSignIn(settings.Server, settings.Email, settings.Password);
await using var client = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = settings.Server, TokenProvider = signIn });
try
{
    await client.ConnectAsync();
}
catch (Exception e) when (e is HttpRequestException or DakarCafeException)
{
    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Cannot open the board on {settings.Server} as {settings.Email}: {e.Message}[/]");
    return 1;
}

var board = new Board(AnsiConsole.Console);
await using var orders = await client.SubscribeAsync(Api.Orders.ListOrders, new ListOrdersArgs(Limit: 100));
orders.Changed += live => board.Show(live.Value, live.Error);
await orders.ResultAsync();
board.Show(orders.Value, orders.Error);

var staff = new StaffCommands(client, AnsiConsole.Console);
while (Console.ReadLine() is { } line && !StaffCommands.IsQuit(line))
{
    await staff.RunAsync(line, orders.Value?.Items ?? []);
}

return 0;
