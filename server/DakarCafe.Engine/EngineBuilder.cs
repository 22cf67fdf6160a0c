using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Files;
using DakarCafe.Engine.Internal.Scheduling;
using DakarCafe.Engine.Internal.Storage;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Scheduling;
using DakarCafe.Engine.Storage;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DakarCafe.Engine;

/// <summary>What a deployment declares at start-up: its functions, its document types, its Marten configuration and its limits.</summary>
public sealed class EngineBuilder
{
    private readonly List<Type> _documents = [];
    private readonly List<DataMigration> _dataMigrations = [];
    private readonly List<Action<StoreOptions>> _marten = [];
    private readonly List<string> _sequences = [];
    private readonly List<CronDefinition> _crons = [];

    /// <summary>The functions, registered by module.</summary>
    public FunctionRegistry Functions { get; } = new();

    /// <summary>The limits; bound from configuration by the host, adjustable here.</summary>
    public EngineLimits Limits { get; } = new();

    /// <summary>Where uploaded files are kept, once <see cref="UseFileStorage"/> turned file storage on.</summary>
    public Files.FileStorageOptions? Files { get; private set; }

    /// <summary>Turns on file storage: upload URLs, <c>/files</c> endpoints, file metadata and the orphan cleanup cron.</summary>
    public EngineBuilder UseFileStorage(Action<Files.FileStorageOptions>? configure = null)
    {
        Files = new Files.FileStorageOptions();
        configure?.Invoke(Files);
        FileCleanup.Register(this, Files);
        return this;
    }

    /// <summary>What the dashboard keeps, once <see cref="UseDashboard"/> turned it on.</summary>
    public Dashboard.DashboardOptions? Dashboard { get; private set; }

    /// <summary>
    /// Turns on the dashboard's functions (module <c>_dashboard</c>, admins only): the data browser with its audit log,
    /// the function list, the live function log, scheduled jobs and stored files.
    /// </summary>
    public EngineBuilder UseDashboard(Action<Dashboard.DashboardOptions>? configure = null)
    {
        Dashboard = new Dashboard.DashboardOptions();
        configure?.Invoke(Dashboard);
        return this;
    }

    internal IReadOnlyList<Type> Documents => _documents;

    internal IReadOnlyList<string> Sequences => _sequences;

    internal IReadOnlyList<CronDefinition> Crons => _crons;

    /// <summary>Declares a document type functions read and write; queries over it are tracked and pushed.</summary>
    public EngineBuilder Document<T>(Action<MartenRegistry.DocumentMappingExpression<T>>? configure = null) where T : class
    {
        _documents.Add(typeof(T));
        _marten.Add(options =>
        {
            var mapping = options.Schema.For<T>();
            configure?.Invoke(mapping);
        });
        return this;
    }

    /// <summary>
    /// Declares a counter that mutations draw unique, increasing numbers from with
    /// <see cref="MutationContext.NextNumberAsync"/> (numbers skipped by rolled-back attempts are not reused).
    /// </summary>
    public EngineBuilder Sequence(string name)
    {
        _sequences.Add(NamedSequences.Checked(name));
        return this;
    }

    /// <summary>
    /// Declares a cron: <paramref name="function"/> (a mutation or action, usually internal) runs on
    /// <paramref name="schedule"/>, once per occurrence however many nodes run, with <paramref name="args"/>
    /// (none by default). A missed occurrence (every node was down) runs once when a node is back.
    /// </summary>
    public EngineBuilder Cron(string name, CronSchedule schedule, string function, object? args = null)
    {
        if (name.Length is 0 or > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':') || _crons.Any(c => c.Name == name))
        {
            throw new ArgumentException($"'{name}' is not a cron name (letters, digits, _ - :) or is declared twice.", nameof(name));
        }

        _crons.Add(new CronDefinition(name, schedule, function,
            System.Text.Json.JsonSerializer.Serialize(args ?? new { }, Protocol.WireJson.Options)));
        return this;
    }

    /// <summary>How the schema is brought to what the code expects (created at start, or only by reviewed scripts).</summary>
    public SchemaOptions Schema { get; } = new();

    /// <summary>
    /// Reads the deployment's settings: <c>Engine:Limits</c>, and <c>Engine:Schema</c>, whose <c>AutoCreate</c> is on
    /// by default in Development and on the embedded database (no <c>ConnectionStrings:Postgres</c>) and off
    /// elsewhere, so a production database changes only through reviewed scripts.
    /// </summary>
    public EngineBuilder ReadConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        configuration.GetSection("Engine:Limits").Bind(Limits);
        Schema.AutoCreate = environment.IsDevelopment() || string.IsNullOrWhiteSpace(configuration[PostgresEndpoint.ConnectionStringKey]);
        configuration.GetSection("Engine:Schema").Bind(Schema);
        return this;
    }

    /// <summary>
    /// Declares a versioned, run-once change to the data (a backfill, a renamed value): run at start-up in name order,
    /// each in one transaction with its record in <c>dakarcafe.migrations</c>, so every deployment runs it exactly
    /// once, whichever node starts first. Its writes go through the commit log like any other. By convention the name
    /// is a date and a description, such as <c>2026-12-02-lowercase-emails</c>. An import also runs it on archived data
    /// that predates it, so it must leave data it already changed as it is.
    /// </summary>
    public EngineBuilder DataMigration(string name, Func<IDocumentSession, CancellationToken, Task> run)
    {
        if (_dataMigrations.Any(m => m.Name == name))
        {
            throw new ArgumentException($"A data migration named '{name}' is already declared.", nameof(name));
        }

        _dataMigrations.Add(new DataMigration(name, run));
        return this;
    }

    internal IReadOnlyList<DataMigration> DataMigrations => _dataMigrations;

    /// <summary>Adds Marten configuration: indexes, projections, event types.</summary>
    public EngineBuilder ConfigureMarten(Action<StoreOptions> configure)
    {
        _marten.Add(configure);
        return this;
    }

    internal void ApplyTo(StoreOptions options)
    {
        foreach (var configure in _marten)
        {
            configure(options);
        }
    }
}
