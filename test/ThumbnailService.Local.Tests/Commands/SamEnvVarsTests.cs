using ThumbnailService.Local.Commands;

namespace ThumbnailService.Local.Tests.Commands;

public sealed class SamEnvVarsTests
{
    private const string Json = """
        {
          "Parameters": { "THUMBNAIL_BUCKET": "thumbs-all", "LOG_LEVEL": "INFO", "PRESETS": "256" },
          "ThumbnailFunction": { "THUMBNAIL_BUCKET": "thumbs-local", "MAX_PIXELS": 40000000, "STRICT": true },
          "CleanupFunction": { "LOG_LEVEL": "DEBUG" }
        }
        """;

    [Fact]
    public void Parse_FunctionSection_OverridesParameters()
    {
        var variables = SamEnvVars.Parse(Json, "ThumbnailFunction");

        Assert.Equal("thumbs-local", variables["THUMBNAIL_BUCKET"]);
        Assert.Equal("INFO", variables["LOG_LEVEL"]);
        Assert.Equal("256", variables["PRESETS"]);
        Assert.Equal("40000000", variables["MAX_PIXELS"]);
        Assert.Equal("true", variables["STRICT"]);
        Assert.Equal(5, variables.Count);
    }

    [Fact]
    public void Parse_OtherFunctionSection_NotApplied()
    {
        var variables = SamEnvVars.Parse(Json, "CleanupFunction");

        Assert.Equal("thumbs-all", variables["THUMBNAIL_BUCKET"]);
        Assert.Equal("DEBUG", variables["LOG_LEVEL"]);
        Assert.False(variables.ContainsKey("MAX_PIXELS"));
    }

    [Fact]
    public void Parse_NoMatchingSections_Empty() =>
        Assert.Empty(SamEnvVars.Parse("""{"OtherFunction":{"A":"b"}}""", "ThumbnailFunction"));

    [Fact]
    public void Parse_NullInFunctionSection_RemovesParameter()
    {
        var variables = SamEnvVars.Parse("""{"Parameters":{"A":"1"},"F":{"A":null}}""", "F");

        Assert.Empty(variables);
    }

    [Theory]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("{", "not valid JSON")]
    [InlineData("""{"Parameters":"x"}""", "\"Parameters\" must be an object")]
    [InlineData("""{"F":{"A":{"nested":1}}}""", "\"F\".\"A\" must be a string")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheProblem(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SamEnvVars.Parse(json, "F"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
