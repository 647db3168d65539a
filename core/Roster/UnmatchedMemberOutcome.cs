namespace Verkostot.Core.Roster;

public enum UnmatchedMemberOutcome
{
    /// <summary>The group member is now the person chosen: the Teams account, roster links and anything else moved.</summary>
    Linked,
    /// <summary>The group member stays a person of their own, now with a municipality or an organisation.</summary>
    KeptAsNew,
    /// <summary>No such unmatched member on this network's roster (already linked, or never there).</summary>
    NotFound,
    /// <summary>The person to link to does not exist, or is the member themself.</summary>
    NoSuchPerson,
    /// <summary>Both have a different Teams (Entra) account: they are two people, not one.</summary>
    TwoAccounts,
    /// <summary>Keeping as new needs an existing municipality or an organisation's name.</summary>
    NoAffiliation,
}
