using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>Writes catalog content into an empty database (the demo data); an import changes a filled one (see Import/CatalogImport).</summary>
public static class CatalogWriter
{
    /// <summary>Adds everything; the database numbers terms, seats, roles, memberships, meetings and items afresh.</summary>
    public static void Add(VerkostotDbContext db, CatalogContent content)
    {
        Renumber(content);
        db.Regions.AddRange(content.Regions);
        db.Municipalities.AddRange(content.Municipalities);
        db.People.AddRange(content.People);
        db.Networks.AddRange(content.Networks);
        db.Bodies.AddRange(content.Bodies);
        db.RoleAssignments.AddRange(content.Roles);
        db.NetworkMemberships.AddRange(content.Memberships);
        db.Meetings.AddRange(content.Meetings);
        db.PriorityDocuments.AddRange(content.PriorityDocuments);
    }

    private static void Renumber(CatalogContent content)
    {
        foreach (var body in content.Bodies)
        {
            foreach (var term in body.Terms)
            {
                term.Id = 0;
                foreach (var seat in term.Seats) seat.Id = seat.TermId = 0;
            }
        }
        foreach (var role in content.Roles) role.Id = 0;
        foreach (var membership in content.Memberships) membership.Id = 0;
        foreach (var meeting in content.Meetings) meeting.Id = 0;
        foreach (var item in content.PriorityDocuments.SelectMany(d => d.Items)) item.Id = 0;
    }
}

