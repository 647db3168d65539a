namespace Verkostot.Core.Import;

/// <summary>Why an element the file leaves out stays.</summary>
public enum KeepReason
{
    /// <summary>A network bound to its Team ("liitä tiimi").</summary>
    BoundToTeam,
    /// <summary>A person known to Teams by their Entra object id (roster sync, chats, answers).</summary>
    KnownToTeams,
    /// <summary>A roster link roster sync made: the person is in the Team's group.</summary>
    InTeam,
    /// <summary>A meeting someone has answered ("Osallistun" / "En pääse").</summary>
    HasAnswers,
    /// <summary>Something kept for one of the reasons above refers to it.</summary>
    InUse,
}
