namespace Verkostot.Core.Roster;

/// <summary>No credentials or Graph address are configured, so the roster cannot be synced at all.</summary>
public sealed class DirectoryNotConfiguredException(string message) : DirectoryException(message);
