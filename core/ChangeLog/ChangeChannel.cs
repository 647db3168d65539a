namespace Verkostot.Core.ChangeLog;

public enum ChangeChannel
{
    /// <summary>The coordinator web app.</summary>
    Web,
    /// <summary>A chat command or card form in Teams.</summary>
    Chat,
    /// <summary>A data file import.</summary>
    Import,
    /// <summary>Roster sync with the Team's Microsoft 365 group.</summary>
    RosterSync,
    /// <summary>The Outlook meetings sync (e.g. the Teams link Outlook made for a meeting).</summary>
    Outlook,
}
