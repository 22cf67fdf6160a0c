namespace DakarCafe.Schema.Notifications;

/// <summary>Arguments of <c>notifications:registerPushToken</c>.</summary>
/// <param name="Token">The device's push token (an Expo push token, <c>ExponentPushToken[...]</c>).</param>
public sealed record RegisterPushTokenArgs(string Token);
