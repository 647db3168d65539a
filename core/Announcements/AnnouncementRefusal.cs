namespace Verkostot.Core.Announcements;

/// <summary>Why a change to an announcement was not made; the Teams side words it for the coordinator.</summary>
public enum AnnouncementRefusal
{
    NotFound,
    /// <summary>The asker does not coordinate the announcement's network.</summary>
    NotYours,
    /// <summary>Edit asked of an announcement that is no longer a draft.</summary>
    NoLongerEditable,
    /// <summary>"Lähetä" after the draft's chosen time had passed.</summary>
    TimePassed,
    /// <summary>"Lähetä" on an announcement already confirmed, sent or cancelled.</summary>
    AlreadyConfirmed,
    /// <summary>"Peruuta" after sending began: it can still be stopped.</summary>
    AlreadySending,
    /// <summary>"Peruuta" on an announcement already cancelled or finished.</summary>
    NoLongerCancellable,
    /// <summary>"Pysäytä" before sending began: it can be cancelled instead.</summary>
    NotStarted,
    /// <summary>"Pysäytä" after sending finished.</summary>
    AlreadyFinished,
}
