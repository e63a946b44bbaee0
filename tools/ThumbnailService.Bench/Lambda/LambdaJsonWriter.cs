using System.Text.Json;

namespace ThumbnailService.Bench.Lambda;

/// <summary>bench-lambda.json: the price, formula, throttle and load, then one object per setting (figures not measured are left out).</summary>
internal static class LambdaJsonWriter
{
    public static void Write(Stream stream, LambdaReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("price", report.Price.Describe());
        json.WriteNumber("usdPerGbSecond", report.Price.UsdPerGbSecond);
        json.WriteNumber("usdPerRequest", report.Price.UsdPerRequest);
        json.WriteString("priceDate", report.Price.AsOf);
        json.WriteString("formula", LambdaReport.Formula);
        json.WriteString("throttle", report.Throttle);
        json.WriteString("loadAverage", report.LoadAverage);
        WriteCheapest(json, "cheapestWarmMb", report.CheapestWarm);
        WriteCheapest(json, "cheapestColdMb", report.CheapestCold);
        json.WriteStartArray("settings");
        foreach (var row in report.Rows)
        {
            WriteRow(json, row);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, LambdaRow row)
    {
        json.WriteStartObject();
        json.WriteNumber("memoryMb", row.MemoryMb);
        json.WriteNumber("vcpu", Math.Round(row.Vcpus, 4));
        json.WriteNumber("cfsQuotaUs", LambdaCpu.QuotaMicroseconds(row.MemoryMb));
        Number(json, "peakRssMb", row.PeakRssMb, 1);
        foreach (var (mode, cost, medians) in new[] { ("warm", row.Warm, row.WarmMedianMs), ("cold", row.Cold, row.ColdMedianMs) })
        {
            json.WriteStartObject(mode);
            Number(json, "msPerSource", cost.MeanMs, 2);
            Number(json, "gbSecondsPer1000", cost.GbSecondsPerThousand, 4);
            Number(json, "usdPer1000", cost.UsdPerThousand, 7);
            json.WriteStartObject("medianMs");
            foreach (var (source, ms) in medians)
            {
                Number(json, source, ms, 2);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("failures");
        foreach (var failure in row.Failures)
        {
            json.WriteStringValue(failure);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCheapest(Utf8JsonWriter json, string name, LambdaRow? row)
    {
        if (row is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, row.MemoryMb);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double value, int decimals)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, Math.Round(value, decimals));
        }
    }
}
