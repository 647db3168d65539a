namespace Verkostot.Core.Administration;

/// <summary>
/// A problem with one field of an edit, for the web app to show beside that field. <see cref="Field"/> names it as
/// the data file does ("name.fi", "sources[1].url", "seats[2].deputyId"); <see cref="Detail"/> fills in the message
/// (a length, a period, a name). The texts, in fi/sv/en, are in <see cref="EditMessages"/>.
/// </summary>
public sealed record EditError(string Field, EditErrorCode Code, string? Detail = null);

public enum EditErrorCode
{
    /// <summary>The field must be filled in.</summary>
    Required,
    /// <summary>Longer than <see cref="EditError.Detail"/> characters.</summary>
    TooLong,
    /// <summary>A translation (sv, en) without the Finnish text, which every text must have.</summary>
    FinnishMissing,
    /// <summary>Not a whole number (for forms that read numbers as text).</summary>
    NotANumber,
    /// <summary>Not a date (for forms that read dates as text).</summary>
    NotADate,
    Negative,
    /// <summary>A date after today where only past dates make sense (founded, source updated).</summary>
    InFuture,
    InvalidEmail,
    InvalidPhone,
    /// <summary>Not an Entra object id (a GUID).</summary>
    InvalidObjectId,
    /// <summary>Not an http(s) address.</summary>
    InvalidUrl,
    /// <summary>Not an id of lower-case letters, digits and hyphens.</summary>
    InvalidId,
    /// <summary>The same value appears twice in a list where it must be unique.</summary>
    Duplicate,
    UnknownPerson,
    UnknownMunicipality,
    UnknownRegion,
    /// <summary>Not one of the network's sources.</summary>
    UnknownSource,
    /// <summary>A source still named by a term (<see cref="EditError.Detail"/>: the term's period).</summary>
    SourceInUse,
    /// <summary>Another person has this Entra object id (<see cref="EditError.Detail"/>: their name).</summary>
    ObjectIdTaken,
    EndBeforeStart,
    /// <summary>The term overlaps another term of the body (<see cref="EditError.Detail"/>: its period).</summary>
    TermOverlaps,
    /// <summary>A seat's deputy is its member.</summary>
    DeputyIsMember,
    /// <summary>The person already sits in another seat of the term.</summary>
    PersonInTwoSeats,
    /// <summary>Only chair, vice chairs and secretary are roles of a term.</summary>
    NotATermRole,
    /// <summary>The role (chair, first vice chair) is already someone else's in this term.</summary>
    RoleTaken,
    /// <summary>A person cannot be merged into themselves.</summary>
    MergeSamePerson,
    /// <summary>Both people have their own Entra object id: two Teams accounts, not one person twice.</summary>
    MergeTwoAccounts,
}

/// <summary>What an edit did: saved (with the saved value), refused with errors, or nothing to edit (404).</summary>
public sealed record EditResult<T>(EditStatus Status, T? Value, IReadOnlyList<EditError> Errors)
{
    public bool Succeeded => Status == EditStatus.Saved;

    public static EditResult<T> Saved(T value) => new(EditStatus.Saved, value, []);

    public static EditResult<T> Invalid(IReadOnlyList<EditError> errors) => new(EditStatus.Invalid, default, errors);

    public static EditResult<T> NotFound { get; } = new(EditStatus.NotFound, default, []);
}

public enum EditStatus
{
    Saved,
    Invalid,
    NotFound,
}
