namespace DakarCafe.Protocol;

/// <summary>A mutation: one transaction, applied once per request id.</summary>
/// <typeparam name="TArgs">The arguments' type.</typeparam>
/// <typeparam name="TResult">The result's type.</typeparam>
/// <param name="Name">The public name, such as <c>module:function</c>.</param>
public sealed record MutationReference<TArgs, TResult>(string Name) : FunctionReference(Name)
    where TArgs : notnull
{
    /// <inheritdoc />
    public override FunctionType Type => FunctionType.Mutation;

    /// <inheritdoc />
    public override Type ArgsType => typeof(TArgs);

    /// <inheritdoc />
    public override Type ResultType => typeof(TResult);
}
