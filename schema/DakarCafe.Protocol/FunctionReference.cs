namespace DakarCafe.Protocol;

/// <summary>
/// A public function by its name (<c>module:function</c>) with its argument and result types: what the SDKs call,
/// what the server registers its handler under, and what the TypeScript code generator reads.
/// </summary>
/// <param name="Name">The public name, such as <c>products:getProduct</c>.</param>
public abstract record FunctionReference(string Name)
{
    /// <summary>Query, mutation or action.</summary>
    public abstract FunctionType Type { get; }

    /// <summary>The arguments' type.</summary>
    public abstract Type ArgsType { get; }

    /// <summary>The result's type.</summary>
    public abstract Type ResultType { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
