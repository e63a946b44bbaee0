using System.Text.Json;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.LambdaRuntime.Tests.Logging;

public sealed class LambdaLoggerTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero));

    [Fact]
    public async Task Log_JsonFormat_WritesOneObjectPerLineWithLambdaKeys()
    {
        using var output = new StringWriter();
        var logger = new LambdaLogger(new LogSettings(LogFormat.Json, LogLevel.Info), output, _clock);

        await Task.Run(() =>
        {
            LambdaLogger.RequestId = "req-42";
            logger.Log(LogLevel.Warn, "line one\nline two", writer => writer.WriteNumber("bytesIn", 123));
        });

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("2026-03-04T05:06:07.890Z", root.GetProperty("timestamp").GetString());
        Assert.Equal("WARN", root.GetProperty("level").GetString());
        Assert.Equal("req-42", root.GetProperty("requestId").GetString());
        Assert.Equal("line one\nline two", root.GetProperty("message").GetString());
        Assert.Equal(123, root.GetProperty("bytesIn").GetInt32());
    }

    [Fact]
    public void Log_BelowMinimumLevel_WritesNothing()
    {
        using var output = new StringWriter();
        var logger = new LambdaLogger(new LogSettings(LogFormat.Json, LogLevel.Warn), output, _clock);

        logger.Log(LogLevel.Info, "quiet");
        logger.Log(LogLevel.Error, "loud");

        Assert.DoesNotContain("quiet", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("loud", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_TextFormat_WritesTabSeparatedLine()
    {
        using var output = new StringWriter();
        var logger = new LambdaLogger(new LogSettings(LogFormat.Text, LogLevel.Info), output, _clock);

        logger.Log(LogLevel.Info, "hello");

        var fields = output.ToString().TrimEnd('\n').Split('\t');
        Assert.Equal(["2026-03-04T05:06:07.890Z", "-", "INFO", "hello"], fields);
    }

    [Theory]
    [InlineData("JSON", "debug", LogFormat.Json, LogLevel.Debug)]
    [InlineData("Text", "ERROR", LogFormat.Text, LogLevel.Error)]
    [InlineData(null, null, LogFormat.Text, LogLevel.Info)]
    [InlineData("json", "nonsense", LogFormat.Json, LogLevel.Info)]
    public void FromEnvironment_Variables_SelectFormatAndLevel(string? format, string? level, LogFormat expectedFormat, LogLevel expectedLevel)
    {
        var settings = LogSettings.FromEnvironment(name => name switch
        {
            "AWS_LAMBDA_LOG_FORMAT" => format,
            "AWS_LAMBDA_LOG_LEVEL" => level,
            _ => null,
        });

        Assert.Equal(new LogSettings(expectedFormat, expectedLevel), settings);
    }
}
