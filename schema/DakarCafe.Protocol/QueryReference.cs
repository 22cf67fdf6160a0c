namespace DakarCafe.Protocol;

/// <summary>A query: called once, or subscribed to for live results.</summary>
/// <typeparam name="TArgs">The arguments' type.</typeparam>
/// <typeparam name="TResult">The result's type.</typeparam>
/// <param name="Name">The public name, such as <c>module:function</c>.</param>
public sealed record QueryReference<TArgs, TResult>(string Name) : FunctionReference(Name)
    where TArgs : notnull
{
    /// <inheritdoc />
    public override FunctionType Type => FunctionType.Query;

    /// <inheritdoc />
    public override Type ArgsType => typeof(TArgs);

    /// <inheritdoc />
    public override Type ResultType => typeof(TResult);
}
