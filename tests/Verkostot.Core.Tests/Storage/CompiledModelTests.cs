using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Verkostot.Core.Storage;
using Verkostot.Testing;

namespace Verkostot.Core.Tests.Storage;

/// <summary>
/// The compiled models (core/Storage/CompiledModels, which spare every start the model building) must be what
/// `dotnet ef dbcontext optimize` makes of the current model. This runs the same generator and compares the files; when
/// it fails, regenerate both (the command is in the failure message).
/// </summary>
public sealed partial class CompiledModelTests
{
    [Theory]
    [InlineData(nameof(SqliteVerkostotDbContext), "Sqlite")]
    [InlineData(nameof(PostgresVerkostotDbContext), "Postgres")]
    public void CompiledModel_ComparedWithTheModel_IsCurrent(string context, string folder)
    {
        var committed = Path.Combine(RepositoryRoot.Path, "core", "Storage", "CompiledModels", folder);
        var output = Directory.CreateTempSubdirectory("verkostot-compiled-model-");
        try
        {
            var generated = Generate(context, folder, output.FullName);

            Assert.Equal(
                Directory.GetFiles(committed, "*.cs").Select(Path.GetFileName).Order(),
                generated.Select(Path.GetFileName).Order());
            foreach (var file in generated)
            {
                var name = Path.GetFileName(file);
                Assert.True(
                    Normalized(File.ReadAllText(Path.Combine(committed, name!))) == Normalized(File.ReadAllText(file)),
                    $"core/Storage/CompiledModels/{folder}/{name} is stale: the model changed. Regenerate it with " +
                    $"dotnet ef dbcontext optimize --project core --context {context} --output-dir Storage/CompiledModels/{folder} " +
                    $"--namespace Verkostot.Core.Storage.CompiledModels.{folder}");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    // Each generation draws a new model id; everything else must match.
    private static string Normalized(string code) => ModelId().Replace(code.ReplaceLineEndings(), "modelId: new Guid()");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

#pragma warning disable EF1001 // The design-time operations the dotnet-ef tool itself calls.
    private static IReadOnlyList<string> Generate(string context, string folder, string output)
    {
        var assembly = typeof(VerkostotDbContext).Assembly;
        var project = Path.Combine(RepositoryRoot.Path, "core");
        var operations = new DbContextOperations(new OperationReporter(handler: null), assembly, assembly,
            project: Path.Combine(project, "Verkostot.Core.csproj"), projectDir: project, rootNamespace: "Verkostot.Core",
            language: "C#", nullable: true, args: []);
        return operations.Optimize(output, $"Verkostot.Core.Storage.CompiledModels.{folder}", context, suffix: null,
            scaffoldModel: true, precompileQueries: false, nativeAot: false);
    }
#pragma warning restore EF1001
}
