package io.pmobuyin.report;

import io.pmobuyin.mining.portfolio.DeliveryKpis;

/** Delivery KPIs of the projects that closed in one period. */
public record KpiPoint(String period, long projects, DeliveryKpis kpis) {}
