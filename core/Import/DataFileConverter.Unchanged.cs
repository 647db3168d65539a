using Verkostot.Core.Domain;

namespace Verkostot.Core.Import;

/// <summary>
/// Entries a previewed file has exactly as the catalog does, recognised without converting them: no entity, lists or
/// texts, nor a place in the file, for 10 000 people, memberships and meetings that a preview would only compare and drop.
/// An entry is unchanged when converting it would give no error of its own and an entity with every field an import
/// compares (<see cref="CatalogFields"/>) the same as the stored one's; anything else, or any doubt, is converted as
/// before. Checks against the rest of the file (a person's id used twice, an unknown municipality, person or network)
/// stay with the caller.
/// </summary>
internal sealed partial class DataFileConverter
{
    /// <summary>As <see cref="ToPerson"/> would convert it and <see cref="CatalogFields.Person"/> compare it.</summary>
    private static bool Unchanged(PersonEntry entry, Person stored) =>
        entry.Id == stored.Id && IsSlug(stored.Id)
        && !string.IsNullOrWhiteSpace(entry.Name) && entry.Name == stored.Name
        && SameText(entry.Title, stored.Title)
        && entry.MunicipalityId == stored.MunicipalityId
        && entry.Organisation == stored.Organisation
        && entry.Email == stored.Email
        && SameStrings(entry.Phones, stored.Phones)
        && SameTexts(entry.Responsibilities, stored.Responsibilities)
        && SameAttribution(entry.SourceName, entry.AsOf, stored.Attribution)
        && entry.EntraObjectId == stored.EntraObjectId
        && entry.UserPrincipalName == stored.UserPrincipalName
        && entry.Language == stored.Language
        && (entry.IsGuest ?? false) == stored.IsGuest
        && (entry.IsDemo ?? false) == stored.IsDemo;

    /// <summary>As <see cref="ToMembership"/> would convert it and <see cref="CatalogFields.Membership"/> compare it (person and network are the caller's).</summary>
    private static bool Unchanged(MemberEntry entry, NetworkMembership stored) =>
        entry.JoinedOn == stored.JoinedOn
        && entry.LeftOn == stored.LeftOn
        && (entry.InGroup ?? false) == stored.InGroup;

    /// <summary>
    /// As <see cref="AddMeeting"/> would convert it, once its network, start and duration are checked, and
    /// <see cref="CatalogFields.Meeting"/> compare it.
    /// </summary>
    private static bool Unchanged(MeetingEntry entry, Meeting stored, string networkId, DateTimeOffset startsAt, TimeSpan duration) =>
        stored.NetworkId == networkId
        && stored.BodyId == entry.BodyId
        && stored.Kind == (entry.Kind ?? MeetingKind.NetworkMeeting)
        && SameText(entry.Title, stored.Title)
        && stored.StartsAt == startsAt
        && stored.EndsAt - stored.StartsAt == duration
        && stored.Place == entry.Place
        && stored.TeamsLink == entry.TeamsLink
        && SameStrings(entry.Agenda, stored.Agenda)
        && SameStrings(entry.Materials, stored.Materials)
        && SameText(entry.Invited, stored.Invited)
        && stored.JointWithNetworkId == entry.JointWithNetworkId
        && stored.IsCancelled == (entry.IsCancelled ?? false)
        && stored.IsDemo == (entry.IsDemo ?? false);

    /// <summary>A text that is not required, as <see cref="Text"/> converts it.</summary>
    private static bool SameText(TextEntry? entry, LocalizedText? stored) =>
        entry is null ? stored is null : SameRequiredText(entry, stored);

    private static bool SameRequiredText(TextEntry? entry, LocalizedText? stored) =>
        entry is not null && stored is not null && !string.IsNullOrWhiteSpace(entry.Fi)
        && entry.Fi == stored.Fi && Blank(entry.Sv) == stored.Sv && Blank(entry.En) == stored.En;

    /// <summary>As <see cref="Texts"/> converts them: each item required.</summary>
    private static bool SameTexts(List<TextEntry>? entries, List<LocalizedText> stored)
    {
        if (entries is not { Count: > 0 }) return stored.Count == 0;
        if (entries.Count != stored.Count) return false;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!SameRequiredText(entries[i], stored[i])) return false;
        }
        return true;
    }

    private static bool SameStrings(List<string>? entries, List<string> stored)
    {
        if (entries is null) return stored.Count == 0;
        if (entries.Count != stored.Count) return false;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] != stored[i]) return false;
        }
        return true;
    }

    /// <summary>As <see cref="Source"/> converts it.</summary>
    private static bool SameAttribution(TextEntry? name, string? asOf, Attribution stored) =>
        SameText(name, stored.Name) && TryPartialDate(asOf, out var date, out var precision) && date == stored.AsOf && precision == stored.AsOfPrecision;

    /// <summary>What <see cref="Slug"/> accepts without an error (a little less: it takes no line break at the end).</summary>
    private static bool IsSlug(string id)
    {
        if (id.Length == 0 || !char.IsAsciiLetterLower(id[0]) && !char.IsAsciiDigit(id[0])) return false;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-') return false;
        }
        return true;
    }
}
