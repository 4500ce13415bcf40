package io.pmobuyin.value;

import java.util.Map;

/** What a pattern cost: hours of work on the issues that show it, money, and money by area. */
public record PatternCost(double hours, double money, Map<ValueArea, Double> moneyByArea) {

  public PatternCost {
    moneyByArea = Map.copyOf(moneyByArea);
  }
}
