using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Roster;

/// <summary>Told to a network's coordinators after a sync that changed the roster.</summary>
public sealed record RosterReport(Language Language, string NetworkName, RosterChanges Changes) : Notice(Language)
{
    public const string Title = "Jäsenlistan muutokset Teamsissa";
    public const string JoinedHeading = "Liittyneet";
    public const string LeftHeading = "Poistuneet";
    public const string UnmatchedHeading = "Uudet henkilöt, joita ei löytynyt jäsenlistalta";
    public const string UnmatchedNote = "Heidät lisättiin jäseniksi ilman roolia.";
    public const string GuestMark = "vieras";

    public override string PlainText =>
        string.Join("\n", new[]
        {
            $"{Title}: {NetworkName}",
            Line(JoinedHeading, Changes.Joined),
            Line(LeftHeading, Changes.Left),
            Line(UnmatchedHeading, Changes.Unmatched) is { } unmatched ? $"{unmatched} {UnmatchedNote}" : null,
        }.OfType<string>());

    public static string Describe(RosterPerson person) => person.IsGuest ? $"{person.Name} ({GuestMark})" : person.Name;

    private static string? Line(string heading, IReadOnlyList<RosterPerson> people) =>
        people.Count == 0 ? null : $"{heading} ({people.Count}): {string.Join(", ", people.Select(Describe))}.";
}
