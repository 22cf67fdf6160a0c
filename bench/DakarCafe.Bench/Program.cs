using System.Globalization;
using DakarCafe.Bench;

// dotnet run -c Release --project bench/DakarCafe.Bench -- s1 [--subscribers 1,100,1000] [--updates 100]
// dotnet run -c Release --project bench/DakarCafe.Bench -- shop [--users 50] [--mutations 20] [--updates 2000] [--in-flight 16]
// dotnet run -c Release --project bench/DakarCafe.Bench -- ops [--calls 2000] [--in-flight 16]
// dotnet run -c Release --project bench/DakarCafe.Bench -- storm [--buyers 200]
// dotnet run -c Release --project bench/DakarCafe.Bench -- dev-loop [--rounds 5]
// dotnet run -c Release --project bench/DakarCafe.Bench -- faults [--nodes 3] [--shoppers 12] [--watchers 12] [--only kill,postgres,listen,slow,rolling]
// dotnet run -c Release --project bench/DakarCafe.Bench -- soak [--nodes 1] [--connections 10000] [--products 200] [--writes 20] [--minutes 10]
// dotnet run -c Release --project bench/DakarCafe.Bench -- reactor [--queries 1000,10000,100000] [--commits 100]
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
    case "soak":
        await SoakScenario.RunAsync(
            nodes: int.Parse(Option(args, "--nodes", "1"), CultureInfo.InvariantCulture),
            connections: int.Parse(Option(args, "--connections", "10000"), CultureInfo.InvariantCulture),
            products: int.Parse(Option(args, "--products", "200"), CultureInfo.InvariantCulture),
            writesPerSecond: int.Parse(Option(args, "--writes", "20"), CultureInfo.InvariantCulture),
            duration: TimeSpan.FromMinutes(double.Parse(Option(args, "--minutes", "10"), CultureInfo.InvariantCulture)));
        return 0;
    case "reactor":
        await ReactorCost.RunAsync(
            Option(args, "--queries", "1000,10000,100000").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray(),
            int.Parse(Option(args, "--commits", "100"), CultureInfo.InvariantCulture));
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: DakarCafe.Bench s1 [--subscribers 1,100,1000] [--updates 100] | shop [--users 50] [--mutations 20] [--updates 2000] [--in-flight 16] | ops [--calls 2000] [--in-flight 16] | storm [--buyers 200] | dev-loop [--rounds 5] | faults [--nodes 3] [--shoppers 12] [--watchers 12] [--only kill,postgres,listen,slow,rolling] | soak [--nodes 1] [--connections 10000] [--products 200] [--writes 20] [--minutes 10] | reactor [--queries 1000,10000,100000] [--commits 100]");
        return 2;
}

static string Option(string[] args, string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
