namespace Verkostot.Core.Announcements;

public enum RecipientKind
{
    /// <summary>The network's channel, as a new thread.</summary>
    Channel,
    /// <summary>A person, 1:1.</summary>
    Person,
}
