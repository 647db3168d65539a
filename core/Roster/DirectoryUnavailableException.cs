namespace Verkostot.Core.Roster;

/// <summary>Throttled, unreachable or failing after retries: worth trying again later.</summary>
public sealed class DirectoryUnavailableException(string message, Exception? inner = null) : DirectoryException(message, inner);
