using System.Text.Json;

namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class SampleFileTests
{
    public static TheoryData<string> EventFiles => new(EventFileNames());

    [Fact]
    public void EventFiles_EventsFolder_HoldTheSamplesTheReadmeNames()
    {
        var expected = new[]
        {
            "batch-operations-1.0.json", "batch-operations-2.0.json", "eventbridge-object-created.json", "eventbridge-object-deleted.json",
            "s3-delete-marker.json", "s3-delete.json", "s3-multipart.json", "s3-put-simple.json", "s3-put.json",
            "s3-test-event.json", "sqs-s3-put.json", "sqs-s3-test-event.json",
        };

        Assert.Equal(expected, EventFileNames());
    }

    [Theory]
    [MemberData(nameof(EventFiles))]
    public void Parse_EachEventFile_IsValidJson(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("events", fileName)));

        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public void Parse_EnvVarsFile_NamesOnlyDeclaredVariablesOfKnownFunctions()
    {
        // SAM ignores, without a word, a variable the template does not declare.
        var template = SamTemplate.Load();
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("env.json")));

        foreach (var section in document.RootElement.EnumerateObject())
        {
            var functions = section.Name == "Parameters" ? template.FunctionIds : [section.Name];
            Assert.All(functions, id => Assert.Contains(id, template.FunctionIds));
            Assert.All(section.Value.EnumerateObject(), variable =>
                Assert.All(functions, id => Assert.Contains(variable.Name, template.EnvironmentOf(id).Keys)));
        }
    }

    private static List<string> EventFileNames() =>
        Directory.EnumerateFiles(RepositoryRoot.File("events"), "*.json")
            .Select(path => Path.GetFileName(path))
            .Where(name => name != "not-an-event.json")
            .Order(StringComparer.Ordinal)
            .ToList();
}
