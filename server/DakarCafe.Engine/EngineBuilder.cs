using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Limits;
using Marten;

namespace DakarCafe.Engine;

/// <summary>What a deployment declares at start-up: its functions, its document types, its Marten configuration and its limits.</summary>
public sealed class EngineBuilder
{
    private readonly List<Type> _documents = [];
    private readonly List<Action<StoreOptions>> _marten = [];
    private readonly List<string> _sequences = [];

    /// <summary>The functions, registered by module.</summary>
    public FunctionRegistry Functions { get; } = new();

    /// <summary>The limits; bound from configuration by the host, adjustable here.</summary>
    public EngineLimits Limits { get; } = new();

    internal IReadOnlyList<Type> Documents => _documents;

    internal IReadOnlyList<string> Sequences => _sequences;

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
        _sequences.Add(Storage.NamedSequences.Checked(name));
        return this;
    }

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
