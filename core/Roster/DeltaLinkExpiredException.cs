namespace Verkostot.Core.Roster;

/// <summary>The delta link is too old or no longer recognised: the group must be read in full again.</summary>
public sealed class DeltaLinkExpiredException(string message, Exception? inner = null) : DirectoryException(message, inner);
