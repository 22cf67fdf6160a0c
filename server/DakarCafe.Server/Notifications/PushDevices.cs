namespace DakarCafe.Server.Notifications;

/// <summary>The push tokens of a customer's devices (public because Marten stores it); its id is the customer's.</summary>
public sealed record PushDevices(Guid Id, IReadOnlyList<string> Tokens)
{
    /// <summary>How many devices a customer may register; the oldest is forgotten beyond.</summary>
    public const int MaxDevices = 10;
}
