namespace Verkostot.Core.Roster;

/// <summary>The directory could not answer; the subclasses say why and what to do about it.</summary>
public abstract class DirectoryException(string message, Exception? inner = null) : Exception(message, inner);
