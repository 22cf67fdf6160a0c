namespace DakarCafe.Protocol;

/// <summary>An action: may call the outside world; not transactional.</summary>
/// <typeparam name="TArgs">The arguments' type.</typeparam>
/// <typeparam name="TResult">The result's type.</typeparam>
/// <param name="Name">The public name, such as <c>module:function</c>.</param>
public sealed record ActionReference<TArgs, TResult>(string Name) : FunctionReference(Name)
    where TArgs : notnull
{
    /// <inheritdoc />
    public override FunctionType Type => FunctionType.Action;

    /// <inheritdoc />
    public override Type ArgsType => typeof(TArgs);

    /// <inheritdoc />
    public override Type ResultType => typeof(TResult);
}
