using Verkostot.Core.Tests.Storage;

namespace Verkostot.Core.Tests.Import;

public sealed class PostgresCatalogImportTests : CatalogImportContract<PostgresStorageFixture>;
