using DakarCafe.Probe;

// An adversarial run against a live server (Production mode, with the sample accounts), run by hand:
//   bash scripts/run &   then   dotnet run --project tests/DakarCafe.Probe -- http://127.0.0.1:5080
// Each probe is an attempt the server must refuse; the summary counts, per category, those that held.
var server = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5080");
var context = await ProbeContext.StartAsync(server);
Probe[] probes = [.. AccountProbes.All, .. AccessProbes.All, .. InputProbes.All, .. ProtocolProbes.All];
var failures = new List<(Probe Probe, string What)>();
foreach (var probe in probes)
{
    if (await probe.RunAsync(context) is { } through)
    {
        failures.Add((probe, through));
    }

    Console.WriteLine($"{(failures.Count > 0 && failures[^1].Probe == probe ? "FAIL" : "held")}  {probe.Category,-18} {probe.Name}");
}

Console.WriteLine();
Console.WriteLine("| category | attempts | held | got through |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
foreach (var category in probes.GroupBy(p => p.Category))
{
    var failed = failures.Count(f => f.Probe.Category == category.Key);
    Console.WriteLine($"| {category.Key} | {category.Count()} | {category.Count() - failed} | {failed} |");
}

Console.WriteLine($"| all | {probes.Length} | {probes.Length - failures.Count} | {failures.Count} |");
foreach (var (probe, what) in failures)
{
    Console.WriteLine($"- {probe.Category} / {probe.Name}: {what}");
}

return failures.Count == 0 ? 0 : 1;
