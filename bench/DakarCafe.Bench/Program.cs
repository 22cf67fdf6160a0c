using System.Globalization;
using DakarCafe.Bench;

// dotnet run -c Release --project bench/DakarCafe.Bench -- s1 [--subscribers 1,100,1000] [--updates 100]
// dotnet run -c Release --project bench/DakarCafe.Bench -- shop [--users 50] [--mutations 20] [--updates 2000] [--in-flight 16]
// dotnet run -c Release --project bench/DakarCafe.Bench -- ops [--calls 2000] [--in-flight 16]
// dotnet run -c Release --project bench/DakarCafe.Bench -- storm [--buyers 200]
// dotnet run -c Release --project bench/DakarCafe.Bench -- dev-loop [--rounds 5]
// dotnet run -c Release --project bench/DakarCafe.Bench -- faults [--nodes 3] [--shoppers 12] [--watchers 12] [--only kill,postgres,listen,slow,rolling]
// (the "serve" verb is how s1 starts its server process)
switch (args.FirstOrDefault())
{
    case "serve":
        await BenchServer.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        return 0;
    case "s1":
        var subscribers = Option(args, "--subscribers", "1,100,1000").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        var updates = int.Parse(Option(args, "--updates", "100"), CultureInfo.InvariantCulture);
        await FanOutScenario.RunAsync(subscribers, updates);
        return 0;
    case "shop":
        await ShopScenarios.RunAsync(
            users: int.Parse(Option(args, "--users", "50"), CultureInfo.InvariantCulture),
            mutationsPerUser: int.Parse(Option(args, "--mutations", "20"), CultureInfo.InvariantCulture),
            updates: int.Parse(Option(args, "--updates", "2000"), CultureInfo.InvariantCulture),
            inFlight: int.Parse(Option(args, "--in-flight", "16"), CultureInfo.InvariantCulture));
        return 0;
    case "ops":
        await OpsScenario.RunAsync(
            calls: int.Parse(Option(args, "--calls", "2000"), CultureInfo.InvariantCulture),
            inFlight: int.Parse(Option(args, "--in-flight", "16"), CultureInfo.InvariantCulture));
        return 0;
    case "storm":
        await CheckoutStorm.RunAsync(int.Parse(Option(args, "--buyers", "200"), CultureInfo.InvariantCulture));
        return 0;
    case "dev-loop":
        await DevLoopScenario.RunAsync(int.Parse(Option(args, "--rounds", "5"), CultureInfo.InvariantCulture));
        return 0;
    case "faults":
        await ClusterFaults.RunAsync(
            nodes: int.Parse(Option(args, "--nodes", "3"), CultureInfo.InvariantCulture),
            shoppers: int.Parse(Option(args, "--shoppers", "12"), CultureInfo.InvariantCulture),
            watchers: int.Parse(Option(args, "--watchers", "12"), CultureInfo.InvariantCulture),
            only: Option(args, "--only", ClusterFaults.All).Split(',').ToHashSet(StringComparer.Ordinal));
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: DakarCafe.Bench s1 [--subscribers 1,100,1000] [--updates 100] | shop [--users 50] [--mutations 20] [--updates 2000] [--in-flight 16] | ops [--calls 2000] [--in-flight 16] | storm [--buyers 200] | dev-loop [--rounds 5] | faults [--nodes 3] [--shoppers 12] [--watchers 12] [--only kill,postgres,listen,slow,rolling]");
        return 2;
}

static string Option(string[] args, string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
