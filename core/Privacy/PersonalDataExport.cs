using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Privacy;

/// <summary>Everything stored about one person, as one JSON document (a data subject's access request, GDPR art. 15).</summary>
public sealed class PersonalDataExport(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time)
{
    // A file for people to read: Finnish letters as they are.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document, or null when nothing is stored about the person.</summary>
    public async Task<byte[]?> ExportAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await SubjectRows.LoadAsync(db, subject, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }
        var tables = new JsonObject();
        foreach (var (table, _, list) in rows.Tables)
        {
            tables[table] = new JsonArray([.. list.Select(row => (JsonNode?)RowJson.Of(db.Entry(row)))]);
        }
        var document = new JsonObject
        {
            ["exportedAt"] = time.GetUtcNow().ToString("O"),
            ["person"] = new JsonObject
            {
                ["id"] = subject.PersonId,
                ["name"] = subject.Name,
                ["email"] = subject.Email,
                ["entraObjectId"] = subject.EntraObjectId,
                ["userPrincipalName"] = subject.UserPrincipalName,
                ["logPseudonym"] = subject.PersonId is null ? null : LogPseudonym.Of(subject.PersonId),
            },
            ["tables"] = tables,
        };
        return Encoding.UTF8.GetBytes(document.ToJsonString(Indented));
    }
}
