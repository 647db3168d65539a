namespace Verkostot.Core.Messaging;

/// <summary>A person to message 1:1; Teams knows people by their Entra object id.</summary>
public sealed record PersonAddress(string PersonId, string? EntraObjectId, string? TenantId = null);
