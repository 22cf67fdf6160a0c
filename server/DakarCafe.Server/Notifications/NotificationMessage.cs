namespace DakarCafe.Server.Notifications;

/// <summary>A message to a customer, already in their language; its <c>Kind</c> is a stable key for the apps (<c>orderShipped</c>, ...).</summary>
internal sealed record NotificationMessage(string Kind, string Title, string Body, Guid? OrderId = null);
