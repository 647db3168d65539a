using Verkostot.Core.Domain;

namespace Verkostot.Core.Administration;

/// <summary>
/// What merging <see cref="Duplicate"/> into <see cref="Kept"/> does (or did): the details the kept person takes
/// from the duplicate (field names) and how many roles, seats, roster links, meeting answers and announcements move.
/// </summary>
public sealed record PersonMerge(
    Person Kept, Person Duplicate, IReadOnlyList<string> FilledFields, int Roles, int Seats, int Memberships, int Answers, int Announcements);
