namespace Verkostot.Core.Catalog;

/// <summary>
/// Content read again whole, made of the current content's very lists wherever they hold the same data: a catalog
/// built from it with the current one keeps the indexes (and the exported sections) of every list that did not change.
/// The background refresh reads everything every minute to see other instances' saves, and mostly nothing has changed.
/// </summary>
public static class UnchangedLists
{
    /// <returns><paramref name="current"/> itself when every list is equal to <paramref name="read"/>'s, else
    /// <paramref name="read"/> with the current lists in place of the equal ones.</returns>
    public static CatalogContent TakeOver(CatalogContent read, CatalogContent current)
    {
        var content = new CatalogContent(
            Same(read.Regions, current.Regions),
            Same(read.Municipalities, current.Municipalities),
            Same(read.People, current.People),
            Same(read.Networks, current.Networks),
            Same(read.Bodies, current.Bodies),
            Same(read.Roles, current.Roles),
            Same(read.Memberships, current.Memberships),
            Same(read.Meetings, current.Meetings),
            Same(read.PriorityDocuments, current.PriorityDocuments));
        // A record compares its lists by reference: equal when every list was taken over.
        return content == current ? current : content;
    }

    private static IReadOnlyList<T> Same<T>(IReadOnlyList<T> read, IReadOnlyList<T> current) =>
        ValueEquality<IReadOnlyList<T>>.Equal(read, current) ? current : read;
}
