using Verkostot.Core.Domain;

namespace Verkostot.Core.ChangeLog;

/// <summary>Who makes a change, as the change log records it.</summary>
public sealed record ChangeActor(string? PersonId, string Name, ChangeChannel Channel)
{
    public static ChangeActor RosterSync { get; } = new(null, "Roster sync", ChangeChannel.RosterSync);

    /// <summary>A coordinator or administrator, in chat or in the web app.</summary>
    public static ChangeActor Of(Person person, ChangeChannel channel) => new(person.Id, person.Name, channel);

    /// <summary>The import command, run by an operator on the server (the web app's upload imports as its user).</summary>
    public static ChangeActor ImportCommand(string operatorName) => new(null, operatorName, ChangeChannel.Import);
}
